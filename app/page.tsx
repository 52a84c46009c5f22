import { BoardApp } from '@/components/app/board-app';
import { earlyReadScript } from '@/lib/persistence/early-read';

export default function BoardPage() {
  return (
    <>
      {/* Reads the last board from IndexedDB while the app's JavaScript loads (see early-read.ts). */}
      <script dangerouslySetInnerHTML={{ __html: earlyReadScript() }} />
      <BoardApp />
    </>
  );
}

import { BoardApp } from '@/components/app/board-app';
import { earlyReadScript } from '@/lib/persistence/startup';

export default function BoardPage() {
  return (
    <>
      {/* Reads the last board from IndexedDB while the app's JavaScript loads (see lib/persistence/startup.ts). */}
      <script dangerouslySetInnerHTML={{ __html: earlyReadScript() }} />
      <BoardApp />
    </>
  );
}

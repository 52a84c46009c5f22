import { BoardApp } from '@/components/board/board-app';

export default function BoardPage() {
  return <BoardApp />;
}

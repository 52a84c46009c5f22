'use client';
import { useState } from 'react';
import { deleteBoard, duplicateBoard, newBoard, openBoard, renameBoard, useBoardSession } from '@/components/editor/board-session';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { LIMITS } from '@/lib/model/limits';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatEdited(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'unknown' : when.format(date);
}

/** The board list: open, rename, duplicate, delete (with a confirmation), new. */
export function BoardsDialog({ onClose }: { onClose: () => void }) {
  const boards = useBoardSession((s) => s.boards);
  const openId = useBoardSession((s) => s.boardId);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const newBoardButton = (
    <button
      type="button"
      onClick={() => {
        onClose();
        void newBoard();
      }}
    >
      New board
    </button>
  );

  return (
    <ModalDialog label="Boards" title="Boards" className="boards-dialog" onClose={onClose} headerActions={newBoardButton}>
      {boards.length === 0 ? (
        <p className="muted">No saved boards yet.</p>
      ) : (
        <ul className="board-list" aria-label="Saved boards">
          {boards.map((board) => (
            <li key={board.id} className={board.id === openId ? 'is-open' : undefined} aria-label={board.title}>
              {renaming === board.id ? (
                <form
                  className="board-rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const title = new FormData(e.currentTarget).get('title');
                    setRenaming(null);
                    void renameBoard(board.id, String(title ?? ''));
                  }}
                >
                  <input name="title" aria-label="New title" defaultValue={board.title} autoFocus maxLength={LIMITS.maxTitleChars} />
                  <button type="submit">Save</button>
                  <button type="button" onClick={() => setRenaming(null)}>Cancel</button>
                </form>
              ) : (
                <div className="board-row">
                  <div className="board-row-text">
                    <strong>{board.title}</strong>
                    <span className="muted">
                      {board.id === openId ? 'Open now · ' : ''}Last edited {formatEdited(board.updatedAt)}
                    </span>
                  </div>
                  {confirmDelete === board.id ? (
                    <div className="board-row-actions" role="group" aria-label={`Confirm deleting ${board.title}`}>
                      <span>Delete for good?</span>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => {
                          setConfirmDelete(null);
                          void deleteBoard(board.id);
                        }}
                      >
                        Yes, delete
                      </button>
                      <button type="button" onClick={() => setConfirmDelete(null)}>Keep</button>
                    </div>
                  ) : (
                    <div className="board-row-actions">
                      <button
                        type="button"
                        disabled={board.id === openId}
                        onClick={() => {
                          onClose();
                          void openBoard(board.id);
                        }}
                      >
                        Open
                      </button>
                      <button type="button" onClick={() => setRenaming(board.id)}>Rename</button>
                      <button type="button" onClick={() => void duplicateBoard(board.id)}>Duplicate</button>
                      <button type="button" onClick={() => setConfirmDelete(board.id)}>Delete</button>
                    </div>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}

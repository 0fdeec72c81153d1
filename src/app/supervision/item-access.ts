// The item a report use case names, and the refusals every one of them shares.
import { DomainError } from '../../domain/errors.ts';
import { findItem, isLeaf, type TaskItem } from '../../domain/supervision/tasks.ts';
import { notFoundTask } from './board.ts';

/** A leaf (task without sub-items, or sub-item): reports are filed on leaves only. */
export function leafItem(id: string): TaskItem {
  const item = findItem(id);
  if (!item) throw notFoundTask(id);
  if (!isLeaf(item))
    throw DomainError.invalid([
      {
        path: 'id',
        message: `${id} 有子项，请就子项报送 / ${id} has sub-items: report on a sub-item`,
      },
    ]);
  return item;
}

export function anyItem(id: string): TaskItem {
  const item = findItem(id);
  if (!item) throw notFoundTask(id);
  return item;
}

export const NOT_YOUR_UNIT =
  '只有该任务的牵头或责任单位可报送，只有牵头单位可审核，只有督查人员可评价（W2） / not your unit’s report or decision';

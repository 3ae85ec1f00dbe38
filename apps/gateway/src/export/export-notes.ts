import type { IncompleteReason } from './page-through';

/**
 * The closing row of a table that holds fewer rows than the query could give: someone who opens
 * the file sees it where the rows stop, which a header or trailer would not show them.
 */
export function incompleteNote(reason: IncompleteReason, maxRows: number): string {
  switch (reason) {
    case 'row-cap':
      return `已达导出上限 ${maxRows} 行，其余未导出`;
    case 'no-after-variable':
      return '仅导出第一页，其余未导出：查询未以变量（如 $after）传入 after 参数，无法翻页';
    case 'no-page-info':
      return '可能还有数据未导出：查询未选择 pageInfo { hasNextPage endCursor }，无法翻页';
  }
}

/** The only row of a file whose result held no list. */
export const NO_LIST_NOTE = '查询结果中没有列表，没有可导出的行';

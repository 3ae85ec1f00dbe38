/** One error of a GraphQL response, as the gateway words it. */
export interface GraphQLErrorShape {
  message: string;
  path?: readonly (string | number)[];
  extensions?: {
    code?: string;
    /** Dotted path of the offending input value, e.g. `input.hours` (BAD_USER_INPUT). */
    argument?: string;
    currentVersion?: number;
    requestId?: string;
    [key: string]: unknown;
  };
}

/** Chinese for each error code the API answers with. */
const CODE_LABELS: Record<string, string> = {
  BAD_USER_INPUT: '填写有误',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限',
  NOT_FOUND: '记录不存在或已被删除',
  CONFLICT: '记录已被他人修改，请刷新后再试',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  SUBGRAPH_UNAVAILABLE: '部分服务暂不可用，请稍后再试',
  SUBGRAPH_TIMEOUT: '部分服务响应超时，请稍后再试',
  NETWORK: '无法连接服务器',
};

/** A request the API refused or could not answer; `errors` are the response's, or one made here. */
export class ApiError extends Error {
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** Errors that name an input value, by its path below the input object (`hours` for `input.hours`). */
  fieldErrors(inputArgument = 'input'): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.errors) {
      const argument = error.extensions?.argument;
      if (!argument) continue;
      const field = argument.startsWith(`${inputArgument}.`) ? argument.slice(inputArgument.length + 1) : argument;
      byField[field] ??= error.message;
    }
    return byField;
  }
}

/** What to tell a user about an error, in Chinese first, with the API's own words after. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const label = (error.code && CODE_LABELS[error.code]) ?? '操作失败';
    return `${label}：${error.message}`;
  }
  return `操作失败：${error instanceof Error ? error.message : String(error)}`;
}

export function codeLabel(code: string | undefined): string | undefined {
  return code ? CODE_LABELS[code] : undefined;
}

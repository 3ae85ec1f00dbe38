/** Why a response was refused, under the codes Node's own HTTP parser (llhttp) gives the same faults. */
export type Http1ParseCode =
  | 'HPE_INVALID_CONSTANT'
  | 'HPE_INVALID_STATUS'
  | 'HPE_INVALID_HEADER_TOKEN'
  | 'HPE_HEADER_OVERFLOW'
  | 'HPE_INVALID_CONTENT_LENGTH'
  | 'HPE_UNEXPECTED_CONTENT_LENGTH'
  | 'HPE_INVALID_TRANSFER_ENCODING'
  | 'HPE_INVALID_CHUNK_SIZE'
  | 'HPE_CR_EXPECTED'
  | 'HPE_LF_EXPECTED';

/** The code of a response whose body is larger than the client accepts. */
export const RESPONSE_TOO_LARGE = 'ERR_RESPONSE_TOO_LARGE';

export type CodedError = Error & { code: string };

export function protocolError(code: Http1ParseCode, message: string): CodedError {
  return Object.assign(new Error(message), { code });
}

export function responseTooLarge(limitBytes: number): CodedError {
  return Object.assign(new Error(`the response's body is larger than ${limitBytes} bytes`), { code: RESPONSE_TOO_LARGE, limitBytes });
}

export function connectionLost(): CodedError {
  return Object.assign(new Error('the subgraph closed the connection mid-response'), { code: 'ECONNRESET' });
}

/** The connection was reset or closed under the request: what a server that closed it while idle causes. */
export function isConnectionLoss(err: Error): boolean {
  const { code } = err as Partial<CodedError>;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

export function abortError(timeoutMs: number): Error {
  const err = new Error(`no complete response within ${timeoutMs} ms`);
  err.name = 'AbortError';
  return err;
}

import { withRequestIdOnErrors } from '../src';

describe('the request id on answered errors', () => {
  it('adds it to each error without one, in single and batched answers, and keeps one already there', () => {
    const single = JSON.parse(
      withRequestIdOnErrors(JSON.stringify({ errors: [{ message: 'a', extensions: { code: 'BAD_REQUEST' } }, { message: 'b' }] }), 'req-9'),
    );
    expect(single.errors).toEqual([
      { message: 'a', extensions: { code: 'BAD_REQUEST', requestId: 'req-9' } },
      { message: 'b', extensions: { requestId: 'req-9' } },
    ]);
    const batch = JSON.parse(
      withRequestIdOnErrors(
        JSON.stringify([{ data: { a: 1 } }, { errors: [{ message: 'c', extensions: { requestId: 'own' } }, { message: 'd' }] }]),
        'req-9',
      ),
    );
    expect(batch[1].errors.map((e: { extensions: { requestId: string } }) => e.extensions.requestId)).toEqual(['own', 'req-9']);
  });

  it('leaves answers without errors, and bodies that are not JSON, exactly as they were', () => {
    const data = JSON.stringify({ data: { campaign: { name: 'errors' } } });
    expect(withRequestIdOnErrors(data, 'req-9')).toBe(data);
    expect(withRequestIdOnErrors('{"errors": oops', 'req-9')).toBe('{"errors": oops');
  });
});

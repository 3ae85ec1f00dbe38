/** The options of every mutation's `input` argument, so the explorer explains it too. */
export const INPUT_ARG = {
  description: 'What to write; each field of the input type says what it means and how it is checked (输入).',
} as const;

/** Who a program is for (培训对象); stored, not yet exposed in the schema. */
export type TrainingAudience = 'STAFF' | 'VOLUNTEERS' | 'MIXED';

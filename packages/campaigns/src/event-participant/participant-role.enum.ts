import { describeEnum } from '@civic/subgraph-kit';

/** The part a person played at an event (参与身份). */
export enum ParticipantRole {
  SPEAKER = 'SPEAKER',
  GUEST = 'GUEST',
  HOST = 'HOST',
  PERFORMER = 'PERFORMER',
  DOCENT = 'DOCENT',
  OTHER = 'OTHER',
}

describeEnum(ParticipantRole, 'ParticipantRole', 'The part a person played at an event (参与身份).', {
  SPEAKER: 'Gave a speech or lecture (致辞、主讲).',
  GUEST: 'Attended as an invited guest (嘉宾).',
  HOST: 'Hosted or presided (主持).',
  PERFORMER: 'Performed (表演者).',
  DOCENT: 'Guided visitors, e.g. a child docent at a memorial (讲解员).',
  OTHER: 'Any other part (其他).',
});

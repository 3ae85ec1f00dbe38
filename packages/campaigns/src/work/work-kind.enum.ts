import { describeEnum } from '@civic/subgraph-kit';

/** What kind of work or material it is (作品类别). */
export enum WorkKind {
  TEXTBOOK = 'TEXTBOOK',
  PLAY = 'PLAY',
  SONG_CYCLE = 'SONG_CYCLE',
  SONG = 'SONG',
  FILM = 'FILM',
  EXHIBITION = 'EXHIBITION',
  OTHER = 'OTHER',
}

describeEnum(WorkKind, 'WorkKind', 'What kind of work or material it is (作品类别).', {
  TEXTBOOK: 'A textbook or reader, e.g. 《红色照金》 (教材、读本).',
  PLAY: 'A play or drama, e.g. 《红喇叭》 (戏剧).',
  SONG_CYCLE: 'A song cycle, e.g. the situational song cycle 《照金》 (组歌).',
  SONG: 'A song (歌曲).',
  FILM: 'A film or video (影视作品).',
  EXHIBITION: 'Exhibition panels and materials (展览材料).',
  OTHER: 'Any other work or material (其他).',
});

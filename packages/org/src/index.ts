import 'reflect-metadata';

export { orgSubgraph } from './subgraph';
export { HUIDONG_CENTER_CODE } from './seed/huidong.plan';

import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Declares the Relay connection and edge types for a node type: `<Name>Connection`, `<Name>Edge`.
 * `label` is how the items are described, e.g. "org units (组织单位)".
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, label: string) {
  @ObjectType(`${name}Edge`, { description: `One of a page of ${label}.` })
  class EdgeType implements Edge<T> {
    @Field(() => nodeType, { description: 'The item (条目).' })
    node: T;

    @Field({ description: 'Opaque cursor of this item; pass as `after` to continue after it (游标).' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${label}, with the total across all pages.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items on this page (本页条目).' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether and how to fetch the next page (分页信息).' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages (总数).' })
    totalCount: number;
  }

  return ConnectionClass;
}

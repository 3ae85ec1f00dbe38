/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Tier of a civilization-practice unit (文明实践阵地层级). */
export type OrgLevel =
  /** County, district or city center (新时代文明实践中心). */
  | 'CENTER'
  /** Township or street institute (实践所). */
  | 'INSTITUTE'
  /** Practice point, e.g. a school (实践点). */
  | 'POINT'
  /** Village or community station (实践站). */
  | 'STATION'
  /** Sub-center run by a county department (分中心). */
  | 'SUB_CENTER';

export type ConsoleOwnUnitQueryVariables = Exact<{
  code: string;
}>;

export type ConsoleOwnUnitQuery = { orgUnitByCode: { id: string; name: string } | null };

export type ConsoleCampaignOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type ConsoleCampaignOptionsQuery = { campaigns: { edges: Array<{ node: { id: string; name: string } }> } };

export type ConsoleUnitRootsQueryVariables = Exact<{
  code: string;
  scoped: boolean;
}>;

export type ConsoleUnitRootsQuery = {
  orgUnitByCode?: { id: string; name: string; level: OrgLevel } | null;
  orgUnits?: { edges: Array<{ node: { id: string; name: string; level: OrgLevel } }> };
};

export type ConsoleUnitChildrenQueryVariables = Exact<{
  id: string | number;
}>;

export type ConsoleUnitChildrenQuery = { orgUnit: { id: string; children: Array<{ id: string; name: string; level: OrgLevel }> } | null };

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ConsoleOwnUnitDocument = new TypedDocumentString(`
    query ConsoleOwnUnit($code: String!) {
  orgUnitByCode(code: $code) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleOwnUnitQuery, ConsoleOwnUnitQueryVariables>;
export const ConsoleCampaignOptionsDocument = new TypedDocumentString(`
    query ConsoleCampaignOptions($search: String) {
  campaigns(first: 30, filter: {search: $search}) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCampaignOptionsQuery, ConsoleCampaignOptionsQueryVariables>;
export const ConsoleUnitRootsDocument = new TypedDocumentString(`
    query ConsoleUnitRoots($code: String!, $scoped: Boolean!) {
  orgUnitByCode(code: $code) @include(if: $scoped) {
    id
    name
    level
  }
  orgUnits(first: 100, filter: {level: CENTER}) @skip(if: $scoped) {
    edges {
      node {
        id
        name
        level
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitRootsQuery, ConsoleUnitRootsQueryVariables>;
export const ConsoleUnitChildrenDocument = new TypedDocumentString(`
    query ConsoleUnitChildren($id: ID!) {
  orgUnit(id: $id) {
    id
    children {
      id
      name
      level
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleUnitChildrenQuery, ConsoleUnitChildrenQueryVariables>;

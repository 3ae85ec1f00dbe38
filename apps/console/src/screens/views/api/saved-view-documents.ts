import { graphql } from '../../../gql';

/** The saved views (看板) the caller may read, most recently changed first. */
export const SavedViewList = graphql(`
  query ConsoleSavedViewList($search: String, $after: String) {
    savedViews(first: 50, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          version
          updatedAt
          shareKey
          ownerUnit {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * One saved view, with what decides whether the caller may change it: its owner unit's code and
 * those of the units above it (staff may edit the views of their own unit's subtree).
 */
export const SavedViewById = graphql(`
  query ConsoleSavedView($id: ID!) {
    savedView(id: $id) {
      id
      name
      description
      definition
      version
      updatedAt
      shareKey
      ownerUnit {
        id
        name
        code
        ancestors {
          code
        }
      }
    }
  }
`);

/** A shared view by its public link's key, read without a token (公开看板). */
export const PublicViewByKey = graphql(`
  query ConsolePublicView($shareKey: String!) {
    publicView(shareKey: $shareKey) {
      name
      description
      definition
      ownerUnitName
      updatedAt
    }
  }
`);

export const CreateSavedView = graphql(`
  mutation ConsoleCreateSavedView($input: CreateSavedViewInput!) {
    createSavedView(input: $input) {
      id
      version
    }
  }
`);

export const UpdateSavedView = graphql(`
  mutation ConsoleUpdateSavedView($id: ID!, $input: UpdateSavedViewInput!) {
    updateSavedView(id: $id, input: $input) {
      id
      version
    }
  }
`);

export const DeleteSavedView = graphql(`
  mutation ConsoleDeleteSavedView($id: ID!, $expectedVersion: Int!) {
    deleteSavedView(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const ShareSavedView = graphql(`
  mutation ConsoleShareSavedView($id: ID!, $expectedVersion: Int!) {
    shareSavedView(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      shareKey
    }
  }
`);

export const UnshareSavedView = graphql(`
  mutation ConsoleUnshareSavedView($id: ID!, $expectedVersion: Int!) {
    unshareSavedView(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      shareKey
    }
  }
`);

/** The signed-in staff member's own unit: the scope new panels start with. */
export const ViewsOwnUnit = graphql(`
  query ConsoleViewsOwnUnit($code: String!) {
    orgUnitByCode(code: $code) {
      id
      name
    }
  }
`);

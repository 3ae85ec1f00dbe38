import { graphql } from '../../../gql';

/** Saved queries the caller may read (its org subtree's, or all for ADMIN and ANALYST), last changed first. */
export const SavedQueriesDocument = graphql(`
  query ConsoleSavedQueries($search: String, $first: Int) {
    savedQueries(search: $search, first: $first, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          name
          description
          query
          variables
          version
          createdBy
          updatedAt
          ownerUnit {
            id
            name
          }
        }
      }
    }
  }
`);

/** One saved query, for a link that opens it (`?saved=<id>`). */
export const SavedQueryDocument = graphql(`
  query ConsoleSavedQuery($id: ID!) {
    savedQuery(id: $id) {
      id
      name
      description
      query
      variables
      version
      createdBy
      updatedAt
      ownerUnit {
        id
        name
      }
    }
  }
`);

export const CreateSavedQueryDocument = graphql(`
  mutation ConsoleCreateSavedQuery($input: CreateSavedQueryInput!) {
    createSavedQuery(input: $input) {
      id
      name
      description
      version
    }
  }
`);

export const UpdateSavedQueryDocument = graphql(`
  mutation ConsoleUpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) {
    updateSavedQuery(id: $id, input: $input) {
      id
      name
      description
      version
    }
  }
`);

export const DeleteSavedQueryDocument = graphql(`
  mutation ConsoleDeleteSavedQuery($id: ID!, $expectedVersion: Int!) {
    deleteSavedQuery(id: $id, expectedVersion: $expectedVersion)
  }
`);

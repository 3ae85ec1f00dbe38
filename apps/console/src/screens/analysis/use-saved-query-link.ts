import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useGraphQLQuery } from '../../api/use-graphql';
import type { EditorBridge } from './editor/workbench-run';
import { SavedQueryDocument } from './saved/saved-query-documents';
import type { OpenSavedQuery } from './saved/saved-query';

/** The URL parameter naming the saved query open in the editor: a link a colleague can open. */
const SAVED_PARAM = 'saved';

/**
 * Keeps `?saved=<id>` and the open saved query together: opening one puts its id in the URL, and a
 * link with an id opens it once the editor is ready (or says it is gone or not visible).
 */
export function useSavedQueryLink(bridge: EditorBridge | null, onOpened: (saved: OpenSavedQuery) => void) {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const linkedId = params.get(SAVED_PARAM);
  const loadedId = useRef<string | null>(null);
  const linked = useGraphQLQuery(
    SavedQueryDocument,
    { id: linkedId ?? '' },
    { enabled: Boolean(linkedId) && loadedId.current !== linkedId },
  );

  useEffect(() => {
    if (!linkedId || !bridge || !linked.data || loadedId.current === linkedId) return;
    loadedId.current = linkedId;
    const saved = linked.data.savedQuery;
    if (!saved) {
      message.warning('链接中的查询已被删除，或您所在单位看不到它。');
      return;
    }
    bridge.load({ query: saved.query, variables: saved.variables ?? '' });
    onOpened({ id: saved.id, name: saved.name, description: saved.description, version: saved.version });
  }, [linkedId, bridge, linked.data, message, onOpened]);

  return {
    /** Puts the open saved query's id in the URL (none: removes it). */
    setLinked(id: string | null) {
      loadedId.current = id;
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set(SAVED_PARAM, id);
          else next.delete(SAVED_PARAM);
          return next;
        },
        { replace: true },
      );
    },
  };
}

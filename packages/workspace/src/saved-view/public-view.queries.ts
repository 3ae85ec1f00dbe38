import type { DataSource } from 'typeorm';
import { UNIT_TREE } from '@civic/org-tree';
import type { PublicView } from './public-view.type';

/** Share keys are base64url; anything else cannot be one and is not looked up. */
const SHARE_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The view shared under `shareKey`, as its public link shows it; null for a key that is unknown, revoked or malformed. One statement. */
export async function publicViewByShareKey(db: DataSource, shareKey: string): Promise<PublicView | null> {
  if (!SHARE_KEY.test(shareKey)) return null;
  const [row] = await db.query<PublicView[]>(
    `SELECT v.name, v.description, v.definition, u.name AS "ownerUnitName", v.updated_at AS "updatedAt"
     FROM workspace.saved_view v LEFT JOIN ${UNIT_TREE} u ON u.id = v.owner_unit_id
     WHERE v.share_key = $1`,
    [shareKey],
  );
  return row ?? null;
}

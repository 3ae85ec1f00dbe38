import { badUserInput, conflict, notFound } from '@civic/runtime';
import type { SubgraphContext } from '@civic/subgraph-kit';
import type { MobilisationEntity } from '../mobilisation.entity';
import type { CountServiceTowardMobilisationInput } from './mobilisation.inputs';
import { authorizeMobilisationEdit, idList, lockMobilisation } from './mobilisation-edit';

interface RecordFacts {
  id: number;
  found: boolean;
  status: string | null;
  day: string | null;
  calledUp: boolean;
  countedToward: number | null;
}

/**
 * Counts existing service records toward a mobilisation (mobilisation:write on its calling unit):
 * each must exist (NOT_FOUND), be neither rejected nor voided, have begun within the period and be
 * by a volunteer the mobilisation called up by name or through a team they belonged to that day
 * (BAD_USER_INPUT otherwise); one counted toward another mobilisation is a CONFLICT, one already
 * counted toward this one stays as it is. recordService and its SQL are untouched: the link is a
 * row of its own (volunteers.mobilisation_service), written with its audit entry.
 */
export async function countServiceTowardMobilisation(
  ctx: SubgraphContext,
  input: CountServiceTowardMobilisationInput,
): Promise<MobilisationEntity> {
  const recordIds = idList(input.serviceRecordIds, 'service record', 'input.serviceRecordIds', 500);
  const mobilisation = await authorizeMobilisationEdit(ctx, input.mobilisationId);
  return ctx.db.transaction(async (manager) => {
    const current = await lockMobilisation(manager, mobilisation.id, false);
    const facts: RecordFacts[] = await manager.query(
      `SELECT want.id, r.id IS NOT NULL AS found, r.status, to_char(d.day, 'YYYY-MM-DD') AS day,
              counted.mobilisation_id AS "countedToward",
              (EXISTS (SELECT 1 FROM volunteers.mobilisation_volunteer mv WHERE mv.mobilisation_id = $2 AND mv.volunteer_id = r.volunteer_id)
               OR EXISTS (SELECT 1 FROM volunteers.mobilisation_team mt
                          JOIN volunteers.team_membership tm ON tm.team_id = mt.team_id AND tm.volunteer_id = r.volunteer_id
                          WHERE mt.mobilisation_id = $2 AND tm.joined_on <= d.day AND (tm.left_on IS NULL OR tm.left_on > d.day))) AS "calledUp"
       FROM unnest($1::int[]) AS want(id)
       LEFT JOIN volunteers.service_record r ON r.id = want.id
       LEFT JOIN LATERAL (SELECT (r.started_at AT TIME ZONE 'Asia/Shanghai')::date AS day) d ON true
       LEFT JOIN volunteers.mobilisation_service counted ON counted.service_record_id = want.id
       ORDER BY want.id`,
      [recordIds, current.id],
    );
    const argument = 'input.serviceRecordIds';
    for (const record of facts) {
      if (!record.found) throw notFound('service record', record.id);
      if (record.status === 'REJECTED' || record.status === 'VOIDED')
        throw badUserInput(`service record ${record.id} is ${record.status.toLowerCase()}`, { argument });
      if (record.day! < current.startsOn || (current.endsOn !== null && record.day! > current.endsOn))
        throw badUserInput(`service record ${record.id} (${record.day}) lies outside mobilisation ${current.id}'s period`, { argument });
      if (!record.calledUp)
        throw badUserInput(`service record ${record.id} is by a volunteer mobilisation ${current.id} did not call up`, { argument });
      if (record.countedToward !== null && record.countedToward !== current.id)
        throw conflict(`service record ${record.id} already counts toward mobilisation ${record.countedToward}`);
    }
    const fresh = facts.filter((record) => record.countedToward === null).map((record) => record.id);
    if (fresh.length > 0) {
      try {
        await manager.query(
          `INSERT INTO volunteers.mobilisation_service (service_record_id, mobilisation_id, counted_by) SELECT unnest($1::int[]), $2, $3`,
          [fresh, current.id, ctx.access.identity.subject],
        );
      } catch (err) {
        if ((err as { code?: string }).code === '23505') throw conflict('a service record was counted toward a mobilisation meanwhile');
        throw err;
      }
      await ctx.audit.record(manager, 'countServiceTowardMobilisation', 'ServiceRecord', fresh);
    }
    return current;
  });
}

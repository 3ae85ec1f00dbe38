import type { EntityManager } from 'typeorm';
import { EventFormat } from '../campaign-event/event-format.enum';
import { HUIDONG_CAMPAIGNS as H } from './huidong.data';

/**
 * Gives Huidong's online lectures (云端微讲堂) their reach, deterministically: the people online are
 * the recorded audience, the views that plus an illustrative spread, on the county's media center.
 * Events whose reach is already recorded keep it.
 */
export async function setHuidongOnlineReach(manager: EntityManager): Promise<void> {
  const { platform, extraViews } = H.lecture.onlineReach;
  await manager.query(
    `UPDATE campaigns.campaign_event e
        SET online_platform = $2,
            online_participants = e.audience_count,
            online_views = e.audience_count + $3::int + abs(hashint4(e.id * 17)) % ($4::int - $3::int + 1)
       FROM campaigns.campaign c
      WHERE c.id = e.campaign_id AND c.name = $1 AND e.format = '${EventFormat.ONLINE}'
        AND e.online_views IS NULL AND e.online_participants IS NULL AND e.online_platform IS NULL`,
    [H.lecture.name, platform, extraViews.min, extraViews.max],
  );
}

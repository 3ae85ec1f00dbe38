import { badUserInput } from '@civic/runtime';
import { parseId } from '@civic/subgraph-kit';
import type { OrgContext } from '../../loaders';
import { JointMeetingEntity } from '../joint-meeting.entity';
import { MeetingAttendeeEntity } from '../meeting-attendee.entity';
import type { RecordJointMeetingInput } from './joint-meeting.inputs';
import { unitPaths } from './unit-paths';

/**
 * Records a joint meeting (`meeting:write` on the convening unit) with its attendees, who must sit in
 * the convening unit's subtree, each once. The meeting, its attendees and the audit entry commit together.
 */
export async function recordJointMeeting(ctx: OrgContext, input: RecordJointMeetingInput): Promise<JointMeetingEntity> {
  const conveningUnitId = parseId(input.conveningUnitId, 'org unit');
  const attendeeIds = input.attendees.map((attendee, i) => parseId(attendee.orgUnitId, `attendees.${i}.orgUnitId`));
  const twice = attendeeIds.find((id, i) => attendeeIds.indexOf(id) !== i);
  if (twice !== undefined) throw badUserInput(`org unit ${twice} is named twice among the attendees`, { argument: 'input.attendees' });
  await ctx.access.requireWrite('meeting:write', conveningUnitId);
  return ctx.db.transaction(async (manager) => {
    const paths = await unitPaths(manager, [conveningUnitId, ...attendeeIds]);
    const root = paths.get(conveningUnitId)!;
    const outside = attendeeIds.find((id) => !paths.get(id)!.startsWith(root));
    if (outside !== undefined) {
      throw badUserInput(`org unit ${outside} is not inside the convening unit's subtree`, { argument: 'input.attendees' });
    }
    const meetings = manager.getRepository(JointMeetingEntity);
    const meeting = await meetings.save(
      meetings.create({ conveningUnitId, heldOn: input.heldOn, topic: input.topic.trim(), minutes: input.minutes?.trim() || null }),
    );
    const attendees = manager.getRepository(MeetingAttendeeEntity);
    await attendees.insert(
      input.attendees.map((attendee, i) =>
        attendees.create({
          meetingId: meeting.id,
          orgUnitId: attendeeIds[i],
          personName: attendee.personName?.trim() || null,
          position: attendee.position?.trim() || null,
        }),
      ),
    );
    await ctx.audit.record(manager, 'recordJointMeeting', 'JointMeeting', [meeting.id]);
    return meetings.findOneByOrFail({ id: meeting.id });
  });
}

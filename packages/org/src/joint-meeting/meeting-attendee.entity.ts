import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit at a joint meeting, with who came for it (参会单位). */
@Entity({ name: 'joint_meeting_attendee' })
export class MeetingAttendeeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'int' })
  meetingId: number;

  @PrimaryColumn({ name: 'org_unit_id', type: 'int' })
  orgUnitId: number;

  @Column({ name: 'person_name', type: 'text', nullable: true })
  personName: string | null;

  @Column({ type: 'text', nullable: true })
  position: string | null;
}

import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** That an enrolled trainee was present at one session (签到). */
@Entity({ name: 'session_attendance' })
export class SessionAttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'int' })
  sessionId: number;

  @PrimaryColumn({ name: 'enrollment_id', type: 'int' })
  enrollmentId: number;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volunteer's sign-up for an activity, with check-in and check-out. */
@Entity({ name: 'activity_signup' })
export class ActivitySignupEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'activity_id', type: 'int' })
  activityId: number;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ name: 'signed_up_at', type: 'timestamptz' })
  signedUpAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'service_record_id', type: 'int', nullable: true })
  serviceRecordId: number | null;
}

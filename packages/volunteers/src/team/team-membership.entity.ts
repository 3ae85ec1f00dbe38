import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volunteer's membership of a team; leaving sets `leftOn`, so the history stays. */
@Entity({ name: 'team_membership' })
export class TeamMembershipEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'team_id', type: 'int' })
  teamId: number;

  @Column({ name: 'volunteer_id', type: 'int' })
  volunteerId: number;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}

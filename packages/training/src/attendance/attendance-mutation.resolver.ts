import { INPUT_ARG } from '@civic/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Enrollment } from '../enrollment/enrollment.type';
import type { TrainingContext } from '../loaders';
import { TrainingSession } from '../training-session/training-session.type';
import { markAttendance } from './mark-attendance';
import { SetSessionAttendanceInput } from './set-session-attendance.input';
import { setSessionAttendance } from './set-session-attendance';

const WHO = 'ADMIN anywhere; ORG_ADMIN when the organiser is inside its subtree (training:write).';

@Resolver()
export class AttendanceMutationResolver {
  @Mutation(() => Enrollment, { description: `Marks whether a participant attended the program (考勤), from its first day. ${WHO}` })
  markAttendance(
    @Arg('enrollmentId', () => ID, { description: 'The enrollment (报名记录).' }) enrollmentId: string,
    @Arg('attended', { description: 'Whether the participant attended (是否参训).' }) attended: boolean,
    @Ctx() ctx: TrainingContext,
  ) {
    return markAttendance(ctx, enrollmentId, attended);
  }

  @Mutation(() => TrainingSession, {
    description: `Records who was present at a session that has started, or removes them (日程签到). ${WHO}`,
  })
  setSessionAttendance(
    @Arg('input', () => SetSessionAttendanceInput, INPUT_ARG) input: SetSessionAttendanceInput,
    @Ctx() ctx: TrainingContext,
  ) {
    return setSessionAttendance(ctx, input);
  }
}

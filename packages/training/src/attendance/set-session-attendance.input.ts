import { ArrayMaxSize, ArrayMinSize, type ValidationArguments } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

const enrollmentIdsRule = ({ value }: ValidationArguments) => `enrollmentIds must hold 1 to 500 ids, got ${(value as unknown[]).length}`;

@InputType('SetSessionAttendanceInput', { description: 'Who was present at one session (日程签到).' })
export class SetSessionAttendanceInput {
  @Field(() => ID, { description: 'The session (培训日程).' })
  sessionId: string;

  @Field(() => [ID], { description: "Enrollments of the session's program, 1–500 (报名学员)." })
  @ArrayMinSize(1, { message: enrollmentIdsRule })
  @ArrayMaxSize(500, { message: enrollmentIdsRule })
  enrollmentIds: string[];

  @Field({ description: 'true records them present (and as having attended the program); false removes their attendance (出勤).' })
  present: boolean;
}

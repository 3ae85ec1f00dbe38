import type { Client } from 'pg';
import { dayText, LAST_DAY, timestampText } from './calendar';
import { copyField, CopyWriter, COPY_NULL as N } from './copy-writer';
import { personName, TRAINING_TOPICS } from './names';
import type { OrgPlan } from './plan-org';
import { pad } from './plan-org';
import type { PeoplePlan } from './plan-people';
import { volunteerOfCounty } from './plan-people';
import type { ScaleProfile } from './profiles';
import type { Progress } from './progress';
import { apportion, normal, pick, randomInt, randomStream } from './random';

const POSITIONS = ['站长', '所长', '干事', '宣讲员', '网格员', '村支书'];

export interface TrainingInput {
  client: Client;
  profile: ScaleProfile;
  org: OrgPlan;
  people: PeoplePlan;
  seed: number;
  progress: Progress;
}

/**
 * Every table of the training schema: programs per county by its size, an agenda of 2-6 sessions
 * (one a site visit, sometimes to another county), trainees (seven in ten registered volunteers,
 * the rest staff without a volunteer record), attendance per session, completion and feedback.
 */
export async function writeTraining(input: TrainingInput): Promise<void> {
  const { client, profile, org, people, seed, progress } = input;
  const random = randomStream(seed, 'training');
  const programs: string[] = [];
  const sessions: string[] = [];
  const enrollments: string[] = [];
  const attendance: string[] = [];
  const feedback: string[] = [];
  const perCounty = apportion(
    profile.trainingPrograms,
    org.counties.map((c) => c.weight),
    Math.min(1, Math.floor(profile.trainingPrograms / org.counties.length)),
  );
  const stations = org.units.filter((u) => u.level === 'STATION' || u.level === 'INSTITUTE');
  let sessionId = 0;
  let enrollmentId = 0;

  for (const county of org.counties) {
    const institutes = county.units.filter((u) => u.level === 'INSTITUTE');
    const local = county.units.filter((u) => u.level === 'STATION' || u.level === 'INSTITUTE');
    for (let p = 0; p < perCounty[county.index]; p++) {
      const id = programs.length + 1;
      const organizer = random() < 0.7 || institutes.length === 0 ? county.centerId : pick(random, institutes).id;
      const start = randomInt(random, 365, LAST_DAY - 10);
      const days = randomInt(random, 0, 4);
      const capacity = randomInt(random, 30, 300);
      programs.push(
        `${id}\t${county.name}${pick(random, TRAINING_TOPICS)}（第${p + 1}期）\t${organizer}\t${dayText(start)}\t${dayText(start + days)}\t${pick(random, ['STAFF', 'VOLUNTEERS', 'MIXED'])}\t${county.name}党校\t${capacity}\t${dayText(start - 20)} 09:00:00+08\n`,
      );

      const sessionIds: number[] = [];
      const count = randomInt(random, 2, 6);
      for (let s = 0; s < count; s++) {
        const kind = s === 0 ? 'OPENING' : s === count - 1 ? 'CLOSING' : s === 1 ? 'SITE_VISIT' : 'LECTURE';
        const visited = kind === 'SITE_VISIT' ? String(random() < 0.1 ? pick(random, stations).id : pick(random, local).id) : N;
        const day = start + Math.min(days, Math.floor((s * (days + 1)) / count));
        const minutes = (s % 2 === 0 ? 9 : 14) * 60;
        sessionIds.push(++sessionId);
        sessions.push(
          `${sessionId}\t${id}\t${kind}\t${kind === 'SITE_VISIT' ? '现场教学' : kind === 'OPENING' ? '开班仪式' : kind === 'CLOSING' ? '结业仪式' : '专题讲座'}\t${timestampText(day, minutes)}\t${timestampText(day, minutes + 120)}\t${kind === 'LECTURE' ? personName(random) : N}\t${kind === 'SITE_VISIT' ? '观摩' : '讲授'}\t${visited}\n`,
        );
      }

      const trainees = Math.min(capacity, Math.max(5, Math.round(30 * Math.exp(0.8 * normal(random)))));
      const volunteers = new Set<number>();
      const staff = new Set<string>();
      for (let t = 0; t < trainees; t++) {
        let volunteer = 0;
        let name = '';
        if (random() < 0.7) {
          volunteer = volunteerOfCounty(people, county.index, random);
          if (volunteer === 0 || volunteers.has(volunteer)) continue;
          volunteers.add(volunteer);
          name = personName(random);
        } else {
          name = personName(random);
          if (staff.has(name)) continue;
          staff.add(name);
        }
        const eid = ++enrollmentId;
        const attended = random() < 0.85;
        const completed = attended && random() < 0.8;
        const unit = pick(random, local).id;
        enrollments.push(
          `${eid}\t${id}\t${copyField(name)}\t${unit}\t${volunteer || N}\t${attended ? 't' : 'f'}\t${pick(random, POSITIONS)}\t${completed ? dayText(start + days) : N}\t${completed ? `PX${pad(id, 6)}-${pad(t + 1, 4)}` : N}\t${dayText(start - 5)} 09:00:00+08\n`,
        );
        if (!attended) continue;
        for (const [k, session] of sessionIds.entries()) {
          if (random() >= 0.85) continue;
          attendance.push(`${session}\t${eid}\t${timestampText(start + Math.min(days, Math.floor((k * (days + 1)) / count)), 9 * 60)}\n`);
          if (random() < 0.15) feedback.push(`${session}\t${eid}\t${randomInt(random, 3, 5)}\t${random() < 0.3 ? '很有收获' : N}\n`);
        }
      }
    }
  }

  const copy = (table: string, columns: string[], lines: string[]) =>
    progress.table(table, async () => {
      const writer = new CopyWriter(client, table, columns);
      for (const line of lines) {
        writer.writeLine(line);
        if (writer.shouldFlush()) await writer.flush();
      }
      return writer.end();
    });
  await copy(
    'training.training_program',
    ['id', 'title', 'organizer_unit_id', 'starts_on', 'ends_on', 'audience', 'place', 'capacity', 'created_at'],
    programs,
  );
  await copy(
    'training.training_session',
    ['id', 'program_id', 'kind', 'title', 'starts_at', 'ends_at', 'speaker', 'method', 'visited_unit_id'],
    sessions,
  );
  await copy(
    'training.enrollment',
    [
      'id',
      'program_id',
      'participant_name',
      'participant_unit_id',
      'volunteer_id',
      'attended',
      'participant_position',
      'completed_on',
      'certificate_number',
      'created_at',
    ],
    enrollments,
  );
  await copy('training.session_attendance', ['session_id', 'enrollment_id', 'recorded_at'], attendance);
  await copy('training.session_feedback', ['session_id', 'enrollment_id', 'rating', 'comment'], feedback);
}

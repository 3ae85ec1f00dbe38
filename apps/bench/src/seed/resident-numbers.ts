import { residentIdCheckChar } from '@civic/subgraph-kit';
import { pad } from './plan-org';

const FIRST_BIRTH = Date.UTC(1950, 0, 1);
const BIRTH_DAYS = Math.round((Date.UTC(2006, 11, 31) - FIRST_BIRTH) / 86_400_000);
const BIRTH_TEXT = Array.from({ length: BIRTH_DAYS + 1 }, (_, d) => new Date(FIRST_BIRTH + d * 86_400_000).toISOString().slice(0, 10));

/**
 * Valid (GB 11643) synthetic resident ID numbers, unique by construction: county code, a birthday
 * (adults born 1950-2006) and a per-(county, birthday) sequence whose last digit carries the gender.
 */
export class ResidentNumbers {
  private readonly used: Uint16Array;

  constructor(private readonly counties: number) {
    this.used = new Uint16Array(counties * (BIRTH_DAYS + 1));
  }

  next(
    countyIndex: number,
    countyCode: string,
    random: () => number,
    male: boolean,
  ): { id: string; birthDate: string; gender: 'MALE' | 'FEMALE' } {
    let day = Math.floor(random() * (BIRTH_DAYS + 1));
    while (this.used[countyIndex * (BIRTH_DAYS + 1) + day] >= 499) day = (day + 1) % (BIRTH_DAYS + 1);
    const sequence = this.used[countyIndex * (BIRTH_DAYS + 1) + day]++;
    const birthDate = BIRTH_TEXT[day];
    const first17 = `${countyCode}${birthDate.replace(/-/g, '')}${pad(sequence * 2 + (male ? 1 : 0), 3)}`;
    return { id: first17 + residentIdCheckChar(first17), birthDate, gender: male ? 'MALE' : 'FEMALE' };
  }
}

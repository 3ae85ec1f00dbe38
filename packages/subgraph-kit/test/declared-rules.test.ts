import 'reflect-metadata';
import { IsOptional, ValidateNested } from 'class-validator';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Args, ArgsType, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from '../src/federation/build-federated-schema';
import { residentIdCheckChar } from '../src/pii/resident-id';
import {
  After,
  IsMainlandMobile,
  IsOptionalText,
  IsResidentId,
  NotBefore,
  NotInFuture,
  NumberRange,
  TrimmedLength,
  ValidateIfGiven,
} from '../src/validation';

@InputType('RulesPlaceInput')
class PlaceInput {
  @Field()
  @TrimmedLength(1, 20)
  name: string;
}

@InputType('RulesSampleInput')
class SampleInput {
  @Field()
  @TrimmedLength(1, 10)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptionalText()
  @TrimmedLength(0, 5)
  note?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIfGiven()
  @TrimmedLength(1, 10)
  rename?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMainlandMobile()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsResidentId()
  idNumber?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @NumberRange(1, 5)
  rating?: number | null;

  @Field(() => String, { nullable: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @NotBefore('startsOn')
  endsOn?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @After('startsAt')
  @IsOptional()
  @NotInFuture()
  endsAt?: Date | null;

  @Field(() => PlaceInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  place?: PlaceInput | null;
}

@ArgsType()
class SampleArgs {
  @Field(() => Int)
  @NumberRange(0, 100)
  first: number;
}

@Resolver()
class SampleResolver {
  @Query(() => Int)
  count(@Args() args: SampleArgs): number {
    return args.first;
  }

  @Mutation(() => String)
  save(@Arg('input', () => SampleInput) input: SampleInput): string {
    return input.title.trim();
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildFederatedSchema({ resolvers: [SampleResolver] });
});

const save = async (input: Record<string, unknown>) => {
  const res = await graphql({
    schema,
    source: `mutation($i: RulesSampleInput!) { save(input: $i) }`,
    variableValues: { i: { title: '标题', ...input } },
  });
  return res.errors?.[0];
};

const residentId = (birth: string) => {
  const first17 = `513426${birth}001`;
  return first17 + residentIdCheckChar(first17);
};

describe('rules declared on input and args classes', () => {
  it('lets a valid input through to the resolver', async () => {
    expect(
      await save({
        note: '   ',
        rename: undefined,
        phone: '139 1234 5678',
        idNumber: residentId('19850612'),
        rating: 5,
        startsOn: '2030-01-01',
        endsOn: '2030-01-01',
      }),
    ).toBeUndefined();
  });

  it.each([
    ['a blank required text', { title: '  ' }, 'input.title', 'title must be 1 to 10 characters'],
    ['a long optional text', { note: '123456' }, 'input.note', 'note must be at most 5 characters'],
    ['null for a field an update may only change', { rename: null }, 'input.rename', 'rename must be 1 to 10 characters'],
    ['a landline for a mobile number', { phone: '0834-5612345' }, 'input.phone', 'phone must be an 11-digit mainland mobile number'],
    [
      'an impossible birth date in an ID number',
      { idNumber: residentId('19850231') },
      'input.idNumber',
      'idNumber does not contain a valid date of birth',
    ],
    ['a number out of range', { rating: 6 }, 'input.rating', 'rating must be between 1 and 5, got 6'],
    ['an end day before the start', { startsOn: '2030-01-02', endsOn: '2030-01-01' }, 'input.endsOn', 'endsOn must not be before startsOn'],
    [
      'an end instant at the start',
      { startsAt: '2020-01-01T08:00:00+08:00', endsAt: '2020-01-01T08:00:00+08:00' },
      'input.endsAt',
      'endsAt must be after startsAt',
    ],
    ['an instant in the future', { endsAt: '2999-01-01T08:00:00+08:00' }, 'input.endsAt', 'endsAt must not be in the future'],
    ['a nested input', { place: { name: ' ' } }, 'input.place.name', 'name must be 1 to 20 characters'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_label, input, argument, message) => {
    const error = await save(input);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(error?.message).toContain(message);
  });

  it('names an args-class field by its own argument name', async () => {
    const res = await graphql({ schema, source: `{ count(first: 101) }` });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect((await graphql({ schema, source: `{ count(first: 7) }` })).data).toEqual({ count: 7 });
  });
});

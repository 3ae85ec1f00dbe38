import { IsDefined, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptionalText, NumberRange, TrimmedLength, ValidateIfGiven, OPTIONAL_VERSION_DESCRIPTION } from '@civic/subgraph-kit';
import { VenueKind } from '../venue-kind.enum';

@InputType('AddVenueInput', { description: 'A venue to attach to a unit (新增阵地资源).' })
export class AddVenueInput {
  @Field(() => ID, { description: 'The unit it belongs to (所属阵地).' })
  orgUnitId: string;

  @Field({ description: 'Name (名称), 1–100 characters.' })
  @TrimmedLength(1, 100)
  name: string;

  @Field(() => VenueKind, { description: 'Kind (类别).' })
  kind: VenueKind;

  @Field(() => String, { nullable: true, description: 'Address (地址).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours as posted (开放时间).' })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  openingHours?: string | null;

  @Field(() => Int, { nullable: true, description: 'Capacity in people, more than 0 (容量).' })
  @IsOptional()
  @NumberRange(1)
  capacity?: number | null;
}

@InputType('UpdateVenueInput', {
  description: 'Changes to a venue; omitted fields stay as they are, null clears an optional one (修改阵地资源).',
})
export class UpdateVenueInput {
  @Field(() => String, { nullable: true, description: 'Name (名称), 1–100 characters.' })
  @ValidateIfGiven()
  @TrimmedLength(1, 100)
  name?: string | null;

  @Field(() => VenueKind, { nullable: true, description: 'Kind (类别).' })
  @ValidateIfGiven()
  @IsDefined({ message: 'kind cannot be cleared' })
  kind?: VenueKind | null;

  @Field(() => String, { nullable: true, description: 'Address (地址).' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Opening hours as posted (开放时间).' })
  @IsOptionalText()
  @TrimmedLength(0, 100)
  openingHours?: string | null;

  @Field(() => Int, { nullable: true, description: 'Capacity in people, more than 0 (容量).' })
  @IsOptional()
  @NumberRange(1)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: OPTIONAL_VERSION_DESCRIPTION })
  @IsOptional()
  @NumberRange(1, 2_147_483_647)
  expectedVersion?: number | null;
}

import { Field, Float, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '@civic/runtime';
import { IsMobileOrLandline, IsOptionalText, NotInFuture, NumberRange, TrimmedLength } from '@civic/subgraph-kit';

/** The descriptive fields shared by creating and updating a unit; null clears one on update. */
@InputType()
export abstract class UnitDetailsInput {
  @Field(() => String, { nullable: true, description: 'Street address (地址), up to 200 characters.' })
  @IsOptionalText()
  @TrimmedLength(0, 200)
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For a sub-center: the county department that runs it (主办部门); required for SUB_CENTER.',
  })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  department?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day unveiled (揭牌日期), not in the future.' })
  @IsOptional()
  @NotInFuture()
  establishedOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude, -90..90, together with longitude (纬度).' })
  @IsOptional()
  @NumberRange(-90, 90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude, -180..180, together with latitude (经度).' })
  @IsOptional()
  @NumberRange(-180, 180)
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'Person in charge (负责人).' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'Post of the person in charge, e.g. 站长 (职务).' })
  @IsOptionalText()
  @TrimmedLength(0, 50)
  contactTitle?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone of the person in charge (联系电话); personal data, shown masked to most callers.',
  })
  @IsOptionalText()
  @IsMobileOrLandline()
  contactPhone?: string | null;
}

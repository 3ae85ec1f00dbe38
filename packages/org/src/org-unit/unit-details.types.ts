import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('GeoPoint', { description: 'A point on the map, WGS-84 degrees (坐标).' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude, -90..90 (纬度).' })
  latitude: number;

  @Field(() => Float, { description: 'Longitude, -180..180 (经度).' })
  longitude: number;
}

@ObjectType('UnitContact', { description: 'The person in charge of a unit (负责人). The phone is personal data.' })
export class UnitContact {
  @Field({ description: 'Name (姓名).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Post, e.g. 站长 (职务).' })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone (联系电话): whole for ADMIN and for ORG_ADMIN of a subtree holding the unit; masked as 138****5678 for everyone else.',
  })
  phone: string | null;
}

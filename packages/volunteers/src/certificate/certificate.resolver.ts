import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { maskIdNumber, personalDataCipher } from '@civic/subgraph-kit';
import type { VolunteersContext } from '../loaders';
import { OrgUnitStub } from '../org-unit/org-unit.stub';
import { Volunteer } from '../volunteer/volunteer.type';
import type { VolunteerEntity } from '../volunteer/volunteer.entity';
import { issueServiceCertificate } from './issue-certificate';
import { ServiceCertificateEntity } from './service-certificate.entity';
import { ServiceCertificate } from './service-certificate.type';

@Resolver(() => ServiceCertificate)
export class ServiceCertificateResolver {
  @Mutation(() => ServiceCertificate, {
    description: "Issues a service record certificate (开具志愿服务记录证明): the volunteer itself, or staff of its home unit's subtree.",
  })
  issueServiceCertificate(
    @Arg('volunteerId', () => ID, { description: 'The volunteer (志愿者).' }) volunteerId: string,
    @Ctx() ctx: VolunteersContext,
  ) {
    return issueServiceCertificate(ctx, volunteerId);
  }

  @FieldResolver(() => String, { description: "The volunteer's real name (姓名)." })
  async name(@Root() certificate: ServiceCertificateEntity, @Ctx() ctx: VolunteersContext) {
    return (await this.holder(certificate, ctx))?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'Resident ID number, masked (身份证号).' })
  async maskedIdNumber(@Root() certificate: ServiceCertificateEntity, @Ctx() ctx: VolunteersContext) {
    const holder = await this.holder(certificate, ctx);
    return holder?.idNumberCipher ? maskIdNumber(personalDataCipher().decrypt(holder.idNumberCipher)) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Volunteer number (志愿者编号).' })
  async volunteerNumber(@Root() certificate: ServiceCertificateEntity, @Ctx() ctx: VolunteersContext) {
    return (await this.holder(certificate, ctx))?.volunteerNumber ?? null;
  }

  @FieldResolver(() => OrgUnitStub, { description: "The unit that issued it: the volunteer's home unit (出具单位)." })
  issuingUnit(@Root() certificate: ServiceCertificateEntity): OrgUnitStub {
    return { id: String(certificate.issuingUnitId) };
  }

  private holder(certificate: ServiceCertificateEntity, ctx: VolunteersContext): Promise<VolunteerEntity | null> {
    return ctx.loaders.volunteerById.load(String(certificate.volunteerId));
  }
}

@Resolver(() => Volunteer)
export class VolunteerCertificatesResolver {
  @FieldResolver(() => [ServiceCertificate], { description: 'Record certificates issued, newest first (服务记录证明).' })
  certificates(@Root() volunteer: VolunteerEntity, @Ctx() ctx: VolunteersContext) {
    return ctx.loaders.certificatesByVolunteer.load(volunteer.id);
  }
}

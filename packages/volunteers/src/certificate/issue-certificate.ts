import { badUserInput, notFound } from '@civic/runtime';
import { parseId, type SubgraphContext, chinaToday } from '@civic/subgraph-kit';
import { lockVolunteer } from '../service-record/mutations/service-hours';
import { ServiceCertificateEntity } from './service-certificate.entity';

/**
 * Issues a record certificate (志愿服务记录证明): a numbered snapshot of the approved hours, the
 * number of records and the main kinds of service, issued in the name of the home unit.
 */
export async function issueServiceCertificate(ctx: SubgraphContext, volunteerIdArg: string): Promise<ServiceCertificateEntity> {
  const volunteerId = parseId(volunteerIdArg, 'volunteer');
  const found: { home_unit_id: number | null }[] = await ctx.db.query(`SELECT home_unit_id FROM volunteers.volunteer WHERE id = $1`, [
    volunteerId,
  ]);
  if (found.length === 0) throw notFound('volunteer', volunteerId);
  const homeUnitId = found[0].home_unit_id;
  if (homeUnitId === null) throw badUserInput(`volunteer ${volunteerId} has no home unit to issue the certificate`);
  if (!ctx.access.isVolunteer(volunteerId)) await ctx.access.requireWrite('volunteer:register', homeUnitId);

  return ctx.db.transaction(async (manager) => {
    await lockVolunteer(manager, volunteerId);
    const [summary]: { hours: string; records: number; contents: string | null }[] = await manager.query(
      `SELECT coalesce(sum(hours), 0) AS hours, count(*)::int AS records,
              (SELECT string_agg(d, '、') FROM (
                 SELECT coalesce(description, '志愿服务') AS d FROM volunteers.service_record
                 WHERE volunteer_id = $1 AND status = 'APPROVED' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3) top) AS contents
       FROM volunteers.service_record WHERE volunteer_id = $1 AND status = 'APPROVED'`,
      [volunteerId],
    );
    if (summary.records === 0) throw badUserInput(`volunteer ${volunteerId} has no approved service to certify`);
    const [{ seq }] = await manager.query(`SELECT nextval('volunteers.certificate_number_seq') AS seq`);
    const issuedOn = chinaToday();
    const certificates = manager.getRepository(ServiceCertificateEntity);
    const certificate = await certificates.save(
      certificates.create({
        certificateNumber: `ZM-${issuedOn.slice(0, 4)}-${String(seq).padStart(8, '0')}`,
        volunteerId,
        hours: Number(summary.hours),
        recordCount: summary.records,
        contentSummary: summary.contents ?? '志愿服务',
        issuingUnitId: homeUnitId,
        issuedOn,
        issuedBy: ctx.access.identity.subject,
      }),
    );
    await ctx.audit.record(manager, 'issueServiceCertificate', 'ServiceCertificate', [certificate.id]);
    return certificate;
  });
}

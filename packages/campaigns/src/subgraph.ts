import { join } from 'node:path';
import { buildFederatedSchema, CreateAuditLog1764374000000, orgUnitRefReference, type SubgraphDefinition } from '@civic/kernel';
import { CampaignEntity } from './campaign/campaign.entity';
import { campaignReference } from './campaign/campaign.reference';
import { CampaignResolver } from './campaign/campaign.resolver';
import { CampaignMutationResolver } from './campaign/mutations/campaign-mutation.resolver';
import { createCampaignsLoaders, type CampaignsLoaders } from './loaders';
import { CreateCampaignsSchema1764374600000 } from './migrations/1764374600000-CreateCampaignsSchema';
import { OrgUnitCampaignsResolver } from './org-unit/org-unit-campaigns.resolver';
import { seedCampaignsDemo } from './seed/seed-demo';

/** The campaigns subgraph: lectures, customs reform and other drives, and the events held under them. */
export const campaignsSubgraph: SubgraphDefinition<CampaignsLoaders> = {
  name: 'campaigns',
  schema: 'campaigns',
  defaultPort: 4003,
  sdlPath: join(__dirname, '..', 'schema.graphql'),
  entities: [CampaignEntity],
  migrations: [CreateAuditLog1764374000000, CreateCampaignsSchema1764374600000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [CampaignResolver, CampaignMutationResolver, OrgUnitCampaignsResolver],
      referenceResolvers: { Campaign: campaignReference, OrgUnit: orgUnitRefReference },
    }),
  createLoaders: createCampaignsLoaders,
  seedDemo: seedCampaignsDemo,
};

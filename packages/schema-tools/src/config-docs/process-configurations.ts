import { campaignsSubgraph } from '@civic/campaigns';
import { gatewayConfiguration } from '@civic/gateway';
import { orgSubgraph } from '@civic/org';
import { launcherConfiguration } from '@civic/platform';
import type { Configuration, Reader } from '@civic/runtime';
import { testRunConfiguration } from '@civic/testing';
import { subgraphConfiguration, type SubgraphDefinition } from '@civic/subgraph-kit';
import { trainingSubgraph } from '@civic/training';
import { volunteersSubgraph } from '@civic/volunteers';
import { workspaceSubgraph } from '@civic/workspace';
import { communitySubgraph } from '@civic/community';
import { assessmentSubgraph } from '@civic/assessment';
import { CONTRACT_CHECK_READER, contractCheckConfiguration } from './contract-check-settings';

/** One kind of process and everything it reads from its environment. */
export interface ProcessConfiguration {
  reader: Reader;
  configuration: Configuration<unknown>;
}

const SUBGRAPH_DEFINITIONS: SubgraphDefinition<unknown>[] = [
  orgSubgraph,
  volunteersSubgraph,
  campaignsSubgraph,
  trainingSubgraph,
  workspaceSubgraph,
  communitySubgraph,
  assessmentSubgraph,
];

/** Every process of the platform, in the order the README lists their settings. */
export function processConfigurations(): ProcessConfiguration[] {
  return [
    { reader: 'G', configuration: gatewayConfiguration },
    { reader: 'S', configuration: subgraphConfiguration },
    ...SUBGRAPH_DEFINITIONS.flatMap((subgraph) =>
      subgraph.settings ? [{ reader: `S (${subgraph.name})`, configuration: subgraph.settings.configuration }] : [],
    ),
    { reader: 'L', configuration: launcherConfiguration },
    { reader: 'T', configuration: testRunConfiguration },
    { reader: CONTRACT_CHECK_READER, configuration: contractCheckConfiguration },
  ];
}

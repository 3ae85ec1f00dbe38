import { ConnectionType } from '@civic/subgraph-kit';
import { VolunteerTeam } from './volunteer-team.type';

export const VolunteerTeamConnection = ConnectionType(VolunteerTeam, 'VolunteerTeam', 'volunteer service teams (志愿服务队)');

// Resolver types are generated from the SDL (the contract), never written by hand:
//   npm run codegen
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#ApiContext',
        mapperTypeSuffix: 'Model',
        useIndexSignature: false,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        mappers: {
          Person: '../../store/graph-store#PersonRecord',
          Organization: '../../store/graph-store#OrganizationRecord',
          Meeting: '../../store/graph-store#MeetingRecord',
          Directive: '../../store/graph-store#DirectiveRecord',
          Locality: '../../store/graph-store#LocalityRecord',
          Tenure: '../../store/graph-store#TenureRecord',
          Attendance: '../../store/graph-store#ParticipationRecord',
          Colleague: '../../store/graph-store#ColleagueRecord',
          Source: '../../store/graph-store#SourceRef',
          SearchHit: '../../store/graph-store#SearchHit',
          PathStep: '../../store/graph-store#PathStep',
          PathNode: '../../store/graph-store#GraphNode',
          Path: '../../store/graph-store#PathResult',
          Network: '../../store/graph-store#NetworkResult',
          NetworkNode: '../../store/graph-store#NetworkNode',
          NetworkEdge: '../../store/graph-store#NetworkEdge',
          IngestResult: '../../store/graph-store#UpsertResult',
        },
      },
    },
  },
};

export default config;

import type { TeamMemberRole } from '@contracts/team/models';

/**
 * The demo's "x+N" team members (issue 13) and the villages each serves: the legal adviser visits 东山村
 * and 西岭村 monthly, the local figure 东山村 weekly. Names are their demo users' (scripts/seed/demo-data.ts).
 */
export const demoTeamMembers: { openid: string; role: TeamMemberRole; name: string; villageIds: string[] }[] =
  [
    {
      openid: 'demo-adviser',
      role: 'legal_adviser',
      name: '吴律师',
      villageIds: ['area-dongshan', 'area-xiling'],
    },
    { openid: 'demo-figure', role: 'local_figure', name: '郑老师', villageIds: ['area-dongshan'] },
  ];

import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { homeFor } from '../shared/auth/home-for.ts';
import { useMe } from '../shared/auth/use-me.ts';
import { Layout } from './layout.tsx';

// Pages load on demand so the first paint only carries the shell and the sign-in form.
const SetupPage = lazy(() =>
  import('../features/auth/setup-page.tsx').then((m) => ({ default: m.SetupPage })),
);
const InboxPage = lazy(() =>
  import('../features/inbox/inbox-page.tsx').then((m) => ({ default: m.InboxPage })),
);
const ToPostPage = lazy(() =>
  import('../features/inbox/to-post-page.tsx').then((m) => ({ default: m.ToPostPage })),
);
const ReviewPage = lazy(() =>
  import('../features/inbox/review-page.tsx').then((m) => ({ default: m.ReviewPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const CompetitorsPage = lazy(() =>
  import('../features/competitors/competitors-page.tsx').then((m) => ({ default: m.CompetitorsPage })),
);
const MembersPage = lazy(() =>
  import('../features/members/members-page.tsx').then((m) => ({ default: m.MembersPage })),
);
const InvitePage = lazy(() =>
  import('../features/members/invite-page.tsx').then((m) => ({ default: m.InvitePage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/members/reset-password-page.tsx').then((m) => ({ default: m.ResetPasswordPage })),
);

const SourcesPage = lazy(() =>
  import('../features/sources/sources-page.tsx').then((m) => ({ default: m.SourcesPage })),
);

const CasesPage = lazy(() =>
  import('../features/cases/cases-page.tsx').then((m) => ({ default: m.CasesPage })),
);
const CasePage = lazy(() => import('../features/cases/case-page.tsx').then((m) => ({ default: m.CasePage })));
const AlertSettingsPage = lazy(() =>
  import('../features/cases/alert-settings-page.tsx').then((m) => ({ default: m.AlertSettingsPage })),
);

const ClientsPage = lazy(() =>
  import('../features/clients/clients-page.tsx').then((m) => ({ default: m.ClientsPage })),
);
const CampaignsPage = lazy(() =>
  import('../features/campaigns/campaigns-page.tsx').then((m) => ({ default: m.CampaignsPage })),
);
const CampaignBuilder = lazy(() =>
  import('../features/campaigns/campaign-builder.tsx').then((m) => ({ default: m.CampaignBuilder })),
);
const CampaignPage = lazy(() =>
  import('../features/campaigns/campaign-page.tsx').then((m) => ({ default: m.CampaignPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/audit-page.tsx').then((m) => ({ default: m.AuditPage })),
);
const OutboxPage = lazy(() =>
  import('../features/outbox/outbox-page.tsx').then((m) => ({ default: m.OutboxPage })),
);
const LlmSettingsPage = lazy(() =>
  import('../features/llm-settings/llm-settings-page.tsx').then((m) => ({ default: m.LlmSettingsPage })),
);

const pageFallback = <p className="loading">Loading…</p>;

export function AppRoutes() {
  const me = useMe();
  if (me.isPending) return <p className="loading">Loading…</p>;
  return (
    <Suspense fallback={pageFallback}>
      <Switch>
        <Route path="/setup" component={SetupPage} />
        <Route path="/sign-in" component={SignInPage} />
        <Route path="/invite" component={InvitePage} />
        <Route path="/reset-password" component={ResetPasswordPage} />
        <Route>
          {me.data ? (
            <Layout me={me.data}>
              <Switch>
                <Route path="/inbox" component={InboxPage} />
                <Route path="/to-post" component={ToPostPage} />
                <Route path="/reviews/:id">{(params) => <ReviewPage reviewId={params.id} />}</Route>
                <Route path="/members" component={MembersPage} />
                <Route path="/cases" component={CasesPage} />
                <Route path="/cases/:id">{(params) => <CasePage caseId={params.id} />}</Route>
                <Route path="/alerts" component={AlertSettingsPage} />
                <Route path="/sources" component={SourcesPage} />
                <Route path="/dashboard" component={DashboardPage} />
                <Route path="/competitors" component={CompetitorsPage} />
                <Route path="/clients" component={ClientsPage} />
                <Route path="/campaigns" component={CampaignsPage} />
                <Route path="/campaigns/new" component={CampaignBuilder} />
                <Route path="/campaigns/:id">{(params) => <CampaignPage campaignId={params.id} />}</Route>
                <Route path="/outbox" component={OutboxPage} />
                <Route path="/audit" component={AuditPage} />
                <Route path="/settings/llm" component={LlmSettingsPage} />
                <Route>
                  <Redirect to={homeFor(me.data.role)} />
                </Route>
              </Switch>
            </Layout>
          ) : (
            <Redirect to="/sign-in" />
          )}
        </Route>
      </Switch>
    </Suspense>
  );
}

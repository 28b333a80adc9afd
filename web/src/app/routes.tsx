import { Redirect, Route, Switch } from 'wouter';
import { SetupPage } from '../features/auth/setup-page.tsx';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { InboxPage } from '../features/inbox/inbox-page.tsx';
import { ReviewPage } from '../features/inbox/review-page.tsx';
import { MembersPage } from '../features/members/members-page.tsx';
import { Layout } from './layout.tsx';
import { homeFor } from './nav.ts';
import { useMe } from './use-me.ts';

export function AppRoutes() {
  const me = useMe();
  if (me.isPending) return <p className="loading">Loading…</p>;
  return (
    <Switch>
      <Route path="/setup" component={SetupPage} />
      <Route path="/sign-in" component={SignInPage} />
      <Route>
        {me.data ? (
          <Layout me={me.data}>
            <Switch>
              <Route path="/inbox" component={InboxPage} />
              <Route path="/reviews/:id">{(params) => <ReviewPage reviewId={params.id} />}</Route>
              <Route path="/members" component={MembersPage} />
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
  );
}

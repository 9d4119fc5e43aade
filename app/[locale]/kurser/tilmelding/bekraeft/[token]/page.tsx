import { linkMetadata, LinkRoute, type LinkRouteProps } from '@/components/registration/LinkRoute';

// An e-mailed link's page: GET shows a button, only its POST acts (mail scanners follow links).
export const dynamic = 'force-dynamic';

export const generateMetadata = (props: LinkRouteProps) => linkMetadata('confirm', props);

export default function Page(props: LinkRouteProps) {
  return <LinkRoute kind="confirm" {...props} />;
}

import { Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
});

export function Header() {
  const styles = useStyles();
  const tr = useT();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {tr('app.title')}
      </Title3>
      <Caption1>{tr('app.subtitle')}</Caption1>
    </header>
  );
}

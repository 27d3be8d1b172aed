import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageContainerProps {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** The frame of every module page: a title bar and the page body on one white card. */
export function PageContainer({ title, extra, children, testId }: PageContainerProps) {
  return (
    <Card variant="borderless" styles={{ body: { padding: 16 } }} data-testid={testId}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra ? <Flex gap={8}>{extra}</Flex> : null}
      </Flex>
      {children}
    </Card>
  );
}

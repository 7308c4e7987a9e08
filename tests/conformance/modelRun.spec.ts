import { test } from '@playwright/test';
import { modelRunProperty } from '../../runner/properties/modelRunProperty.ts';
import { propertyTest } from '../../runner/propertyTest.ts';

test('model-based run: every outcome is the one the model predicts', propertyTest(modelRunProperty));

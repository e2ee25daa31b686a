// (c) The framework-free client: what a React Native or Vue app would import.
import { createOryClient } from '@headless-ory/core/client';

const ory = createOryClient({ baseUrl: 'https://auth.example.com' });
ory.login.create({}).then((outcome) => console.log(outcome.kind));

import 'reflect-metadata';
import { bootstrapService } from '@trustcircle/service-kit';
import { AppModule } from './app.module';

void bootstrapService(AppModule.forRoot(), { service: 'disputes' });

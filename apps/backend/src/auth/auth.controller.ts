import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems.decorator';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { Public } from './auth-user';
import { AuthService } from './auth.service';
import {
  EmailDto,
  EmailTokenDto,
  LoginDto,
  PasswordResetConfirmDto,
  RegisterDto,
} from './dto/auth-requests.dto';
import { AcceptedDto, SessionDto, VerifiedDto } from './dto/auth-responses.dto';
import { RefreshCookie } from './refresh-cookie';

const ACCEPTED: AcceptedDto = { message: 'If the address can receive it, a mail is on its way.' };

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly refreshCookie: RefreshCookie,
  ) {}

  @Post('register')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Create an account',
    description:
      'Always 202 with the same body. A new address gets a verification link; the owner of a taken address gets a "someone tried to register" mail instead.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 413, 429, 503)
  async register(@Body() body: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(body);
    return ACCEPTED;
  }

  @Post('verify')
  @HttpCode(200)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({ summary: 'Confirm an email address with the token from the mailed link' })
  @ApiOkResponse({ type: VerifiedDto })
  @ApiProblems(400, 409, 429)
  verify(@Body() body: EmailTokenDto): Promise<VerifiedDto> {
    return this.auth.verify(body.token);
  }

  @Post('resend-verification')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Mail a new verification link',
    description:
      'Always 202; only an existing, unverified account gets a mail. Older links stop working.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 429)
  async resendVerification(@Body() body: EmailDto): Promise<AcceptedDto> {
    await this.auth.resendVerification(body);
    return ACCEPTED;
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Log in',
    description:
      'Answers an access token and sets the refresh token in the HttpOnly, SameSite=Strict `refresh_token` cookie (Path=/api/auth).',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(400, 401, 403, 413, 429, 503)
  async login(
    @Body() body: LoginDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const { session, refreshToken } = await this.auth.login(body);
    this.refreshCookie.set(reply, refreshToken);
    return session;
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth('refresh_token')
  @ApiOperation({
    summary: 'Exchange the refresh cookie for a new access token',
    description:
      'Rotates the refresh token. Presenting an already exchanged token revokes every token of its login.',
  })
  @ApiOkResponse({ type: SessionDto })
  @ApiProblems(401)
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const { session, refreshToken } = await this.auth.refresh(this.refreshCookie.read(request));
    this.refreshCookie.set(reply, refreshToken);
    return session;
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth('refresh_token')
  @ApiOperation({
    summary: 'Log out',
    description:
      'Revokes the session of the refresh cookie and clears the cookie. 204 with or without a cookie.',
  })
  @ApiNoContentResponse({ description: 'Logged out' })
  @ApiProblems(400, 413)
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(this.refreshCookie.read(request));
    this.refreshCookie.clear(reply);
  }

  @Post('password-reset')
  @HttpCode(202)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Mail a password-reset link',
    description: 'Always 202 with the same body; only an existing account gets a mail.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems(400, 429)
  async requestPasswordReset(@Body() body: EmailDto): Promise<AcceptedDto> {
    await this.auth.requestPasswordReset(body);
    return ACCEPTED;
  }

  @Post('password-reset/confirm')
  @HttpCode(204)
  @UseGuards(AuthThrottlerGuard)
  @ApiOperation({
    summary: 'Set a new password with the token from the mailed link',
    description: 'Ends every session of the account.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems(400, 409, 429, 503)
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.auth.confirmPasswordReset(body);
  }
}

import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/problem';
import { stubApi } from '../../test/api-stub';
import { renderRoute } from '../../test/render';
import { EventForm, type EventInput } from './EventForm';

const paris = {
  title: 'General assembly',
  description: null,
  location: 'Town hall',
  startsAt: '2026-12-12T17:00:00.000Z',
  endsAt: '2026-12-12T19:00:00.000Z',
  timeZone: 'Europe/Paris',
};

/** Types a date as a keyboard user would: the text, then leaving the field. */
function setDate(label: RegExp, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

const setTime = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('EventForm', () => {
  it('requires a title, the dates and the times', async () => {
    stubApi({});
    const onSubmit = vi.fn();
    renderRoute(<EventForm submitLabel="Save" onSubmit={onSubmit} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText(/^title/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/start date/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/start time/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/end date/i)).toHaveAccessibleDescription('Required');
    expect(screen.getByLabelText(/end time/i)).toHaveAccessibleDescription('Required');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses an end before the start', async () => {
    stubApi({});
    const onSubmit = vi.fn();
    renderRoute(<EventForm initial={paris} submitLabel="Save" onSubmit={onSubmit} />);

    setTime(/end time/i, '17:30');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByLabelText(/end time/i)).toHaveAccessibleDescription(
      'The end must be after the start',
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks before scheduling an event in the past, and sends it only when told to', async () => {
    stubApi({});
    const onSubmit = vi.fn(async (_input: EventInput) => undefined);
    renderRoute(<EventForm initial={paris} submitLabel="Save" onSubmit={onSubmit} />);
    const user = userEvent.setup();

    setDate(/start date/i, '2020-03-01');
    setDate(/end date/i, '2020-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('This event is in the past');
    expect(warning).toHaveTextContent('Mar 1, 2020');
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Change the date' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Schedule it anyway' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0].startsAt).toBe('2020-03-01T17:00:00.000Z');
  });

  it('does not ask again when a past event is edited without moving it', async () => {
    stubApi({});
    const onSubmit = vi.fn(async (_input: EventInput) => undefined);
    const past = {
      ...paris,
      startsAt: '2020-03-01T17:00:00.000Z',
      endsAt: '2020-03-01T19:00:00.000Z',
    };
    renderRoute(<EventForm initial={past} submitLabel="Save" onSubmit={onSubmit} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the wall-clock times of the chosen zone as instants', async () => {
    stubApi({});
    const onSubmit = vi.fn(async (_input: EventInput) => undefined);
    renderRoute(<EventForm initial={paris} submitLabel="Save" onSubmit={onSubmit} />);

    setDate(/start date/i, '2027-07-01');
    setDate(/end date/i, '2027-07-01');
    setTime(/start time/i, '18:00');
    setTime(/end time/i, '20:30');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toEqual({
      title: 'General assembly',
      description: null,
      location: 'Town hall',
      startsAt: '2027-07-01T16:00:00.000Z',
      endsAt: '2027-07-01T18:30:00.000Z',
      timeZone: 'Europe/Paris',
    });
  });

  it('puts the server field errors next to the inputs they concern', async () => {
    stubApi({});
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, {
        status: 400,
        detail: 'invalid',
        errors: [
          { field: 'timeZone', message: 'timeZone must be an IANA time zone' },
          { field: 'endsAt', message: 'endsAt must be after startsAt' },
          { field: 'title', message: 'title must not contain line breaks' },
        ],
      });
    });
    renderRoute(<EventForm initial={paris} submitLabel="Save" onSubmit={onSubmit} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));

    // Rules the front end knows are told in the reader's words; others as the server wrote them.
    expect(await screen.findByText('Choose a time zone from the list')).toBeInTheDocument();
    expect(screen.getByLabelText(/end time/i)).toHaveAccessibleDescription(
      'The end must be after the start',
    );
    expect(screen.getByLabelText(/^title/i)).toHaveAccessibleDescription(
      'title must not contain line breaks',
    );
  });
});
